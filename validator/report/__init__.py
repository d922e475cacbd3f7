"""Renderers: each turns a Report into one output form and knows nothing of rules."""
