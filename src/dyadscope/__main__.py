"""`python -m dyadscope ...` runs the CLI as the `dyadscope` command does (handy from a checkout)."""

from dyadscope.cli import main

if __name__ == "__main__":
    main()
