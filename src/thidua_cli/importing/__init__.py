"""Importing files: one declared object per kind of file, one pipeline of named stages.

``kind`` says what a kind declares, ``kinds/`` holds one module per kind, ``pipeline`` runs any of
them (read → map → check → write → report), ``rejects`` keeps the refused rows, ``undo`` reverts
an import and keeps derived values right.
"""
