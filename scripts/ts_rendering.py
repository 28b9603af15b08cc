"""Read the TypeScript subset openapi-typescript (7.x) emits: a tokenizer, a JSDoc reader and a
recursive-descent parser producing a small type AST (used by scripts/arize_ts_to_openapi.py)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

KEYWORD_TYPES = ("string", "number", "boolean", "unknown", "never", "null", "undefined")


class TsParseError(ValueError):
    """The input uses TypeScript this converter does not understand."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line


# --------------------------------------------------------------------------- tokenizer


@dataclass(frozen=True)
class Token:
    """One lexical token; ``kind`` is doc, ident, string, number or punct."""

    kind: str
    text: str
    line: int


PUNCTUATION = "{}[]()<>:;,|&?="


def tokenize(source: str) -> list[Token]:
    """Split the rendering into tokens, keeping ``/** ... */`` comments as ``doc`` tokens."""
    tokens: list[Token] = []
    i, line, n = 0, 1, len(source)
    while i < n:
        ch = source[i]
        if ch == "\n":
            line += 1
            i += 1
        elif ch.isspace():
            i += 1
        elif source.startswith("/*", i):
            end = source.find("*/", i + 2)
            if end < 0:
                raise TsParseError(line, "unterminated comment")
            text = source[i : end + 2]
            if text.startswith("/**"):
                tokens.append(Token("doc", text, line))
            line += text.count("\n")
            i = end + 2
        elif source.startswith("//", i):
            end = source.find("\n", i)
            i = n if end < 0 else end
        elif ch in "\"'":
            j = i + 1
            while j < n and source[j] != ch:
                if source[j] == "\\":
                    j += 1
                if source[j] == "\n":
                    raise TsParseError(line, "newline in string literal")
                j += 1
            if j >= n:
                raise TsParseError(line, "unterminated string literal")
            raw = source[i : j + 1]
            value = json.loads(raw) if ch == '"' else raw[1:-1]
            tokens.append(Token("string", value, line))
            i = j + 1
        elif ch.isdigit() or (ch == "-" and i + 1 < n and source[i + 1].isdigit()):
            j = i + 1
            while j < n and (source[j].isdigit() or source[j] in ".eE+-"):
                j += 1
            tokens.append(Token("number", source[i:j], line))
            i = j
        elif ch.isalpha() or ch in "_$":
            j = i + 1
            while j < n and (source[j].isalnum() or source[j] in "_$"):
                j += 1
            tokens.append(Token("ident", source[i:j], line))
            i = j
        elif ch in PUNCTUATION:
            tokens.append(Token("punct", ch, line))
            i += 1
        else:
            raise TsParseError(line, f"unexpected character {ch!r}")
    return tokens


# --------------------------------------------------------------------------- JSDoc


@dataclass
class Doc:
    """A parsed JSDoc comment as openapi-typescript writes it (see ``addJSDocComment``)."""

    plain: list[str] = field(default_factory=list)  # title / summary lines, in order
    format: str | None = None
    deprecated: bool = False
    description: str | None = None
    default: str | None = None
    examples: list[str] = field(default_factory=list)
    enum_type: str | None = None
    constant: bool = False
    line: int = 0


def parse_doc(text: str, line: int) -> Doc:
    """Parse ``/** ... */`` into its entries; continuation lines are indented by 4 spaces."""
    body = text[3:-2]
    if "\n" not in body:
        raw_lines = [body.strip()]
    else:
        raw_lines = []
        for raw in body.split("\n")[1:-1]:
            stripped = raw.lstrip()
            if not stripped.startswith("*"):
                raise TsParseError(line, "JSDoc line without leading '*'")
            raw_lines.append(stripped[2:] if stripped.startswith("* ") else stripped[1:])
    entries: list[str] = []
    for raw in raw_lines:
        if entries and (raw == "" or raw.startswith("    ")):
            entries[-1] += "\n" + raw[4:]
        else:
            entries.append(raw)
    doc = Doc(line=line)
    for entry in entries:
        entry = entry.replace("*\\/", "*/")
        tag, _, rest = entry.partition(" ")
        if tag == "@description":
            doc.description = rest
        elif tag == "@default":
            doc.default = rest
        elif tag == "@example":
            doc.examples.append(rest)
        elif tag == "@deprecated" and not rest:
            doc.deprecated = True
        elif tag == "@constant" and not rest:
            doc.constant = True
        elif tag == "@enum":
            match = re.fullmatch(r"\{([a-z|]+)\}", rest)
            if not match:
                raise TsParseError(line, f"cannot read @enum tag {rest!r}")
            doc.enum_type = match.group(1)
        elif entry.startswith("Format: "):
            doc.format = entry.removeprefix("Format: ")
        elif tag.startswith("@"):
            raise TsParseError(line, f"unknown JSDoc tag {tag}")
        else:
            doc.plain.append(entry)
    return doc


# --------------------------------------------------------------------------- type AST


@dataclass
class Keyword:
    name: str


@dataclass
class Literal:
    value: str | int | float | bool


@dataclass
class Ref:
    """``components["schemas"]["X"]`` or ``operations["x"]``: a root name and index keys."""

    root: str
    keys: tuple[str, ...]


@dataclass
class Generic:
    """``Omit<T, "k">`` or ``Record<K, V>``."""

    name: str
    args: list[TsType]


@dataclass
class Member:
    name: str
    type: TsType
    optional: bool
    readonly: bool
    doc: Doc | None
    line: int


@dataclass
class ObjectType:
    members: list[Member]
    index: TsType | None  # value type of ``[key: string]: T``
    index_name: str | None
    line: int

    def member(self, name: str) -> Member | None:
        return next((m for m in self.members if m.name == name), None)


@dataclass
class ArrayType:
    items: TsType


@dataclass
class Union:
    items: list[TsType]


@dataclass
class Intersection:
    items: list[TsType]


@dataclass
class Paren:
    inner: TsType


TsType = Keyword | Literal | Ref | Generic | ObjectType | ArrayType | Union | Intersection | Paren


# --------------------------------------------------------------------------- parser


class Parser:
    """Recursive-descent parser for the declarations openapi-typescript emits."""

    def __init__(self, source: str) -> None:
        self.tokens = tokenize(source)
        self.pos = 0

    def peek(self, offset: int = 0) -> Token | None:
        i = self.pos + offset
        return self.tokens[i] if i < len(self.tokens) else None

    def line(self) -> int:
        tok = self.peek()
        return tok.line if tok else (self.tokens[-1].line if self.tokens else 1)

    def at(self, text: str, kind: str = "punct") -> bool:
        tok = self.peek()
        return tok is not None and tok.kind == kind and tok.text == text

    def expect(self, text: str, kind: str = "punct") -> Token:
        tok = self.peek()
        if tok is None or tok.kind != kind or tok.text != text:
            found = "end of input" if tok is None else repr(tok.text)
            raise TsParseError(self.line(), f"expected {text!r}, found {found}")
        self.pos += 1
        return tok

    def take(self, kind: str) -> Token:
        tok = self.peek()
        if tok is None or tok.kind != kind:
            raise TsParseError(self.line(), f"expected {kind}, found {tok.text if tok else 'EOF'}")
        self.pos += 1
        return tok

    def take_doc(self) -> Doc | None:
        doc = None
        while (tok := self.peek()) is not None and tok.kind == "doc":
            if doc is not None:
                raise TsParseError(tok.line, "two JSDoc comments on one declaration")
            doc = parse_doc(tok.text, tok.line)
            self.pos += 1
        return doc

    def parse_module(self) -> dict[str, TsType]:
        """Parse ``export interface X {...}`` and ``export type X = ...;`` declarations."""
        decls: dict[str, TsType] = {}
        while self.peek() is not None:
            self.take_doc()
            if self.peek() is None:
                break
            self.expect("export", "ident")
            if self.at("interface", "ident"):
                self.pos += 1
                name = self.take("ident").text
                decls[name] = self.parse_object()
            elif self.at("type", "ident"):
                self.pos += 1
                name = self.take("ident").text
                self.expect("=")
                decls[name] = self.parse_type()
                self.expect(";")
            else:
                raise TsParseError(self.line(), "expected 'interface' or 'type' after 'export'")
        return decls

    def parse_object(self) -> ObjectType:
        start = self.expect("{").line
        obj = ObjectType([], None, None, start)
        while not self.at("}"):
            doc = self.take_doc()
            line = self.line()
            if self.at("["):
                self.pos += 1
                obj.index_name = self.take("ident").text
                self.expect(":")
                self.expect("string", "ident")
                self.expect("]")
                self.expect(":")
                if obj.index is not None:
                    raise TsParseError(line, "two index signatures in one object")
                obj.index = self.parse_type()
                self.expect(";")
                continue
            readonly = False
            if self.at("readonly", "ident") and not self._next_is(":", "?"):
                readonly = True
                self.pos += 1
            tok = self.peek()
            if tok is None or tok.kind not in ("ident", "string", "number"):
                raise TsParseError(line, "expected a property name")
            self.pos += 1
            optional = self.at("?")
            if optional:
                self.pos += 1
            self.expect(":")
            obj.members.append(Member(tok.text, self.parse_type(), optional, readonly, doc, line))
            self.expect(";")
        self.expect("}")
        return obj

    def _next_is(self, *texts: str) -> bool:
        tok = self.peek(1)
        return tok is not None and tok.kind == "punct" and tok.text in texts

    def parse_type(self) -> TsType:
        items = [self.parse_intersection()]
        while self.at("|"):
            self.pos += 1
            items.append(self.parse_intersection())
        return items[0] if len(items) == 1 else Union(items)

    def parse_intersection(self) -> TsType:
        items = [self.parse_postfix()]
        while self.at("&"):
            self.pos += 1
            items.append(self.parse_postfix())
        return items[0] if len(items) == 1 else Intersection(items)

    def parse_postfix(self) -> TsType:
        base = self.parse_primary()
        while self.at("[") and self._next_is("]"):
            self.pos += 2
            base = ArrayType(base)
        return base

    def parse_primary(self) -> TsType:
        tok = self.peek()
        if tok is None:
            raise TsParseError(self.line(), "expected a type, found end of input")
        if tok.kind == "punct" and tok.text == "{":
            return self.parse_object()
        if tok.kind == "punct" and tok.text == "(":
            self.pos += 1
            inner = self.parse_type()
            self.expect(")")
            return Paren(inner)
        if tok.kind == "string":
            self.pos += 1
            return Literal(tok.text)
        if tok.kind == "number":
            self.pos += 1
            return Literal(json.loads(tok.text))
        if tok.kind != "ident":
            raise TsParseError(tok.line, f"unexpected {tok.text!r} where a type was expected")
        self.pos += 1
        if tok.text in ("true", "false"):
            return Literal(tok.text == "true")
        if tok.text in KEYWORD_TYPES:
            return Keyword(tok.text)
        if self.at("<"):
            self.pos += 1
            args = [self.parse_type()]
            while self.at(","):
                self.pos += 1
                args.append(self.parse_type())
            self.expect(">")
            return Generic(tok.text, args)
        keys: list[str] = []
        while self.at("[") and not self._next_is("]"):
            self.pos += 1
            keys.append(self.take("string").text)
            self.expect("]")
        if not keys:
            raise TsParseError(tok.line, f"unsupported type name {tok.text!r}")
        return Ref(tok.text, tuple(keys))


def parse_module(source: str) -> dict[str, TsType]:
    """Parse a whole openapi-typescript rendering into its top-level declarations."""
    return Parser(source).parse_module()
