"""The yardstick for start-up: a two-command Typer app that does nothing."""

import typer

app = typer.Typer(add_completion=False)


@app.command()
def hello(name: str = "world", json: bool = False) -> None:
    print(f'{{"hello": "{name}"}}' if json else f"hello {name}")


@app.command()
def bye() -> None:
    print("bye")


if __name__ == "__main__":
    app()
