"""The printed-document operations in the OpenAPI document: each answers application/pdf as a
binary string, declares the problems of a signed-in read, and shows an example captured from the
demo. JSON cannot hold a PDF's bytes, so its example is the captured file's header line and what
the file was (scripts/example_documents.py); this checks it says so and came from a real file."""

from __future__ import annotations

import re
from typing import Any

import pytest

from app.main import create_app
from app.openapi_examples import load_examples

DOCUMENTS = {
    "getPublicNoticeDocument": "/api/v1/public-notices/{notice_id}/notice.pdf",
    "getServiceRequestNotificationLetter": "/api/v1/service-requests/{request_id}/notification-letter.pdf",
    "getServiceRequestReceipt": "/api/v1/service-requests/{request_id}/receipt.pdf",
    "getResponsibilityBookDocument": "/api/v1/responsibility-books/{book_id}/book.pdf",
    "getPaymentBatchSignatureList": "/api/v1/payment-batches/{batch_id}/signature-list.pdf",
    "getAnnualReportDocument": "/api/v1/reports/annual.pdf",
}
EXAMPLE = re.compile(r"^%PDF-1\.\d … \(binary, not shown: [1-9]\d* page\(s\); 《.+》\)$")


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return create_app().openapi()


def _pdf_operations(document: dict[str, Any]) -> dict[str, tuple[str, dict[str, Any]]]:
    return {
        operation["operationId"]: (path, operation)
        for path, item in document["paths"].items()
        for operation in item.values()
        if isinstance(operation, dict)
        and "application/pdf" in operation.get("responses", {}).get("200", {}).get("content", {})
    }


def test_every_document_route_answers_a_binary_pdf_and_its_problems(document):
    operations = _pdf_operations(document)
    assert {op: path for op, (path, _) in operations.items()} == DOCUMENTS
    for operation_id, (path, operation) in operations.items():
        assert path.endswith(".pdf"), operation_id  # one convention: a file named for what it is
        content = operation["responses"]["200"]["content"]
        assert set(content) == {"application/pdf"}, operation_id
        assert content["application/pdf"]["schema"] == {"type": "string", "format": "binary"}
        for status in ("401", "403", "404", "422"):
            problem = operation["responses"][status]["content"]["application/problem+json"]
            assert problem["schema"] == {"$ref": "#/components/schemas/Problem"}, (operation_id, status)


def test_every_pdf_example_was_captured_from_a_real_file(document):
    examples = load_examples()
    for operation_id, (_path, operation) in _pdf_operations(document).items():
        entry = examples[operation_id]
        assert entry["source"] == "captured" and entry["response"]["status"] == 200, operation_id
        example = operation["responses"]["200"]["content"]["application/pdf"]["example"]
        assert example == entry["response"]["body"]
        assert EXAMPLE.match(example), (operation_id, example)
