from typing import Literal

ModelProvider = (
    Literal[
        "ANTHROPIC",
        "AWS",
        "AZURE_OPENAI",
        "CEREBRAS",
        "DEEPSEEK",
        "FIREWORKS",
        "GOOGLE",
        "GROQ",
        "META",
        "MINIMAX",
        "MOONSHOT",
        "OLLAMA",
        "OPENAI",
        "PERPLEXITY",
        "TOGETHER",
        "XAI",
        "ZAI",
    ]
    | str
)

MODEL_PROVIDER_VALUES: set[ModelProvider] = {
    "ANTHROPIC",
    "AWS",
    "AZURE_OPENAI",
    "CEREBRAS",
    "DEEPSEEK",
    "FIREWORKS",
    "GOOGLE",
    "GROQ",
    "META",
    "MINIMAX",
    "MOONSHOT",
    "OLLAMA",
    "OPENAI",
    "PERPLEXITY",
    "TOGETHER",
    "XAI",
    "ZAI",
}


def check_model_provider(value: str) -> ModelProvider:
    if value in MODEL_PROVIDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODEL_PROVIDER_VALUES!r}")
