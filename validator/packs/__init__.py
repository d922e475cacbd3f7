"""Rule packs: load and check YAML packs, the vocabulary, the expression language, project settings."""
