"""Printed documents (PDF, in Chinese) the areas generate from their records.

An area describes a document as a list of blocks (:mod:`app.documents.blocks`); :mod:`app.documents.pdf`
sets them with fpdf2 in Noto Sans SC, embedded as a subset, so that the same record at the same
instant gives the same bytes. :mod:`app.documents.responses` is the HTTP side every route shares.
This package imports no area.
"""
