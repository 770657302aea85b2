"""Bulk import jobs on the fast read path: the scoped list (newest first) and the single read.

The scope is the jobs of the orgs in the caller's subtree (:func:`app.authz.scoped_org_ids`), the
same filter the session path uses. The per-row report is a JSON column: the read pool decodes it
(app/db.py) into the same list the ORM gives. A job has no version, so no ETag, as before.
"""

from __future__ import annotations

from app.models.migrants.imports import ImportJob
from app.read_path import ReadPath
from app.schemas.migrants.imports import ImportRead
from app.services.migrants.scope import import_scope

IMPORTS = ReadPath(model=ImportJob, schema=ImportRead, scope=import_scope, label="Import", descending=True)
