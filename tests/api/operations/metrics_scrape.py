"""Reading a /metrics scrape as samples: ``{(name, frozenset(labels)): value}``, with helpers."""

from __future__ import annotations

from dataclasses import dataclass

from prometheus_client.parser import text_string_to_metric_families


@dataclass
class Scrape:
    text: str
    samples: dict[tuple[str, frozenset[tuple[str, str]]], float]
    families: set[str]

    @classmethod
    def parse(cls, text: str) -> Scrape:
        samples: dict[tuple[str, frozenset[tuple[str, str]]], float] = {}
        families: set[str] = set()
        for family in text_string_to_metric_families(text):
            families.add(family.name)
            for sample in family.samples:
                samples[(sample.name, frozenset(sample.labels.items()))] = sample.value
        return cls(text, samples, families)

    def value(self, name: str, **labels: str) -> float:
        """The one sample ``name`` with exactly ``labels``; KeyError naming what exists otherwise."""
        key = (name, frozenset(labels.items()))
        if key not in self.samples:
            present = sorted(dict(k[1]) for k in self.samples if k[0] == name)  # type: ignore[type-var]
            raise KeyError(f"{name}{labels} not in the scrape; {name} has {present}")
        return self.samples[key]

    def all(self, name: str, **labels: str) -> list[tuple[dict[str, str], float]]:
        """Every sample ``name`` whose labels include ``labels``."""
        wanted = set(labels.items())
        return [(dict(k[1]), v) for k, v in self.samples.items() if k[0] == name and wanted <= k[1]]

    def total(self, name: str, **labels: str) -> float:
        return sum(value for _, value in self.all(name, **labels))

    @property
    def sample_names(self) -> set[str]:
        return {name for name, _ in self.samples}
