#!/usr/bin/env python3
"""Validate every example spec against docs/dpia-spec.schema.json.

Usage: Scripts/validate-schema.py [spec.yaml ...]   (default: every Registers/**/*.yaml)

Besides the JSON Schema (draft-07) this checks what a schema cannot: the first line points the
YAML language server at the schema with a correct relative path, ids are unique within their
list, and references to parties, subjects, data, purposes and risks resolve. `dpia validate` is
the authority; this script keeps the schema and the examples honest.
"""
import json
import os
import re
import sys

import jsonschema
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMA_PATH = os.path.join(ROOT, "docs", "dpia-spec.schema.json")


class StringTimestampLoader(yaml.SafeLoader):
    """SafeLoader that keeps dates and timestamps as strings, as JSON Schema sees them."""


for first, resolvers in list(StringTimestampLoader.yaml_implicit_resolvers.items()):
    StringTimestampLoader.yaml_implicit_resolvers[first] = [
        (tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]


def references(spec):
    """Yield (path, list name, id) for every id reference in the spec."""
    def ids(value):
        if value == "all" or value is None:
            return []
        return [value] if isinstance(value, str) else list(value)

    yield "controller", "parties", spec.get("controller")
    for p in spec.get("parties", []):
        for a in p.get("affiliated", []):
            yield f"parties/{p['id']}/affiliated", "parties", a
        if "part_of" in p:
            yield f"parties/{p['id']}/part_of", "parties", p["part_of"]
    for s in spec.get("subjects", []):
        for o in s.get("of", []):
            yield f"subjects/{s['id']}/of", "parties", o
    for d in spec.get("data", []):
        for s in d.get("subjects", []):
            yield f"data/{d['id']}/subjects", "subjects", s
    for p in spec.get("purposes", []):
        for d in p.get("data", []):
            yield f"purposes/{p['id']}/data", "data", d
        if "further_processing_of" in p:
            yield f"purposes/{p['id']}/further_processing_of", "purposes", p["further_processing_of"]
    for r in spec.get("roles", []):
        yield f"roles/{r['id']}/party", "parties", r["party"]
        for d in ids(r["sees"].get("data")):
            yield f"roles/{r['id']}/sees/data", "data", d
        for s in ids(r["sees"].get("subjects")):
            yield f"roles/{r['id']}/sees/subjects", "subjects", s
        for d in ids(r.get("edits")):
            yield f"roles/{r['id']}/edits", "data", d
        for p in r.get("purposes", []):
            yield f"roles/{r['id']}/purposes", "purposes", p
    for f in spec.get("flows", []):
        yield f"flows/{f['id']}/from", "parties", f["from"]
        yield f"flows/{f['id']}/to", "parties", f["to"]
        for d in f.get("data", []):
            yield f"flows/{f['id']}/data", "data", d
        if "purpose" in f:
            yield f"flows/{f['id']}/purpose", "purposes", f["purpose"]
    for i, r in enumerate(spec.get("retention", [])):
        for d in r.get("data", []):
            yield f"retention/{r.get('id', i)}/data", "data", d
        if "purpose" in r:
            yield f"retention/{r.get('id', i)}/purpose", "purposes", r["purpose"]
    for l in spec.get("locations", []):
        yield "locations/party", "parties", l["party"]
    for t in spec.get("transfers", []):
        yield "transfers/to", "parties", t["to"]
        for d in t.get("data", []):
            yield "transfers/data", "data", d
    for i in spec.get("interests", []):
        yield "interests/party", "parties", i["party"]
    for d in ids((spec.get("transparency") or {}).get("subject_can_see")):
        yield "transparency/subject_can_see", "data", d
    risk_ids = {r["id"] for r in spec.get("risks", [])}
    for m in spec.get("measures", []):
        for a in m.get("addresses", []):
            # Rule ids are snake_case; anything with '-' must be a risk id of this spec.
            if "-" in a and a not in risk_ids:
                yield f"measures/{m['id']}/addresses", "risks", a


def check(path, validator):
    errors = []
    path = os.path.abspath(path)
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    first = text.splitlines()[0] if text else ""
    match = re.match(r"# yaml-language-server: \$schema=(\S+)$", first)
    if not match:
        errors.append("first line must be '# yaml-language-server: $schema=<relative path>'")
    elif os.path.normpath(os.path.join(os.path.dirname(path), match.group(1))) != os.path.normpath(SCHEMA_PATH):
        errors.append(f"schema path {match.group(1)} does not point at docs/dpia-spec.schema.json")
    spec = yaml.load(text, Loader=StringTimestampLoader)
    for error in sorted(validator.iter_errors(spec), key=lambda e: list(e.absolute_path)):
        location = "/".join(str(p) for p in error.absolute_path) or "(top)"
        errors.append(f"{location}: {error.message}")
    if errors:
        return errors
    lists = {name: [e["id"] for e in spec.get(name, []) if "id" in e]
             for name in ("parties", "subjects", "data", "purposes", "roles", "flows", "risks", "measures", "retention")}
    for name, values in lists.items():
        for value in sorted({v for v in values if values.count(v) > 1}):
            errors.append(f"{name}: duplicate id '{value}'")
    for where, target, value in references(spec):
        if value not in lists[target]:
            errors.append(f"{where}: unknown {target} id '{value}'")
    return errors


def main(arguments):
    with open(SCHEMA_PATH, encoding="utf-8") as handle:
        schema = json.load(handle)
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)
    paths = arguments or sorted(
        os.path.join(directory, name)
        for directory, _, names in os.walk(os.path.join(ROOT, "Registers"))
        if "/." not in directory and "/Output" not in directory
        for name in names if name.endswith((".yaml", ".yml")))
    failed = 0
    for path in paths:
        errors = check(path, validator)
        relative = os.path.relpath(path, ROOT)
        if errors:
            failed += 1
            print(f"FAIL {relative}")
            for error in errors:
                print(f"  {error}")
        else:
            print(f"ok   {relative}")
    print(f"{len(paths) - failed}/{len(paths)} specs valid")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
