#!/usr/bin/env python3
"""Transcribes the reference file national-catalogue-672.partial.json into the canonical JSON of edition
mee-2019-672. Run from catalogue-data/: python3 tools/national-from-reference.py REFERENCE.json > OUT.json
Kept so that the transcription can be repeated and reviewed; the output is then canonicalized by the library
(EditionResourcesTest#bundledEditionsAreInCanonicalForm writes target/canonical/*.json, to copy over the resource)."""
import json, sys

AREA_CODES = {"行政许可": "XK", "行政处罚行政强制和行政命令": "CF", "生态建设": "ST", "公共服务事项": "FW"}
ref = json.load(open(sys.argv[1], encoding="utf-8"))
counters = {}
cats = []
for row in ref["rows"]:
    code = AREA_CODES[row["area"]]
    counters[code] = counters.get(code, 0) + 1
    c = {"area": row["area"], "areaCode": code, "code": "%s-%02d" % (code, counters[code]), "name": row["category"]}
    for f in ["content", "legalBasis", "deadline", "owner", "channels", "audience", "mode"]:
        v = row.get(f)
        if v is None or f in row.get("notTranscribed", []):
            continue  # not transcribed: absent, never guessed
        c[f] = v
    seq = "seq %s" % row["seq"] if row["seq"] is not None else "seq unknown"
    prov = {"sources": row["sources"], "confidence": row["confidence"]}
    if row["inferred"]:
        prov["inferred"] = row["inferred"]
    nt = row.get("notTranscribed") or []
    prov["notes"] = ("Reference transcription %s (national-catalogue-672.partial.json); code %s assigned by "
                     "zwgk-catalogue, not printed on the catalogue.%s %s") % (
        seq, c["code"], (" Not transcribed (absent): %s." % ", ".join(nt)) if nt else "", row["notes"])
    c["provenance"] = prov
    cats.append(c)

out = {
    "edition": "mee-2019-672",
    "title": ref["title"],
    "issuer": "生态环境部办公厅",
    "documentNumber": "环办厅函〔2019〕672号",
    "issuedOn": ref["issuedOn"],
    "level": "市级",
    "declaredShape": {"areas": 5, "categories": 25, "statedIn": ref["declaredShape"]["statedIn"]},
    "provenance": {
        "sources": [
            "reference: national-catalogue-672.partial.json (transcription of public copies of the annex; "
            "each row lists its own sources)",
            "seeds/003_13b7e4f4f91b8907.txt (环办厅函[2019]672号, the notice and guideline text, traditional "
            "characters): issuer 生态环境部办公厅, 2019年8月5日; '本指引适用于市级生态环境部门及其派出机构的政务公开工作'; "
            "'包含行政许可、行政处罚和公共服务等5方面25类公开事项'",
        ],
        "notes": "PARTIAL: 9 of the 25 declared categories are transcribed (" + ref["transcriptionStatus"] + ") "
                 "The 16 missing categories and the fifth area are unknown and are not in this edition. "
                 "Level 市级 because the guideline applies to 市级生态环境部门及其派出机构 (seed 003). "
                 "Area and category codes (XK, CF, ST, FW; XK-01 …) are identifiers assigned by zwgk-catalogue in the "
                 "order of the reference transcription, not printed on the catalogue; the national positions of "
                 "ST-01 and FW-01 are unknown. The township row 生态环境主题活动组织情况 (candidatesNotNational) "
                 "is deliberately not included. The national layout has no 公开层级 column, so no row has levels.",
    },
    "categories": cats,
}
json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
print()
