"""Signing in: the OAuth2 token endpoint (password, refresh and client-credentials grants),
refresh-token revocation and operator-minted tokens. It stands above the accounts it
authenticates (``users``, ``clients``, ``offices``); ``security`` below them holds what
every route needs (principals, token keys, passwords, the auth audit log)."""
