"""The local web app behind `dyadscope serve` (an optional extra: pip install 'dyadscope[web]')."""
