#!/usr/bin/env python3
"""Validates the front matter of every entry and guideline.yaml under a content folder against the
JSON Schemas that `veileder schema` writes, with PyYAML's BaseLoader: every scalar is read as text,
as veileder reads it. Usage: validate_front_matter.py SCHEMA_FOLDER CONTENT_FOLDER"""
import json
import os
import sys

import jsonschema
import yaml


def front_matter(path):
    text = open(path, encoding="utf-8").read()
    if path.endswith(".yaml"):
        return text
    return text.split("\n---\n", 1)[0][4:]


def main(schemas, content):
    loaded = {name[:-5]: json.load(open(os.path.join(schemas, name))) for name in os.listdir(schemas)}
    failures = 0
    count = 0
    for root, _, names in os.walk(content):
        for name in sorted(names):
            path = os.path.join(root, name)
            if not (name.endswith(".md") or name == "guideline.yaml"):
                continue
            data = yaml.load(front_matter(path), Loader=yaml.BaseLoader)
            kind = "guideline" if name == "guideline.yaml" else data.get("kind")
            validator = jsonschema.Draft202012Validator(loaded[kind])
            count += 1
            for error in validator.iter_errors(data):
                failures += 1
                print("%s: %s: %s" % (os.path.relpath(path, content), "/".join(map(str, error.absolute_path)), error.message))
    print("%d filer validert, %d feil." % (count, failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
