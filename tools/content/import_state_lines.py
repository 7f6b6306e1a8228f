#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes each state's and territory's child abuse reporting line into the
default pack's resources.json from the research table
assets/content/research/state-reporting-lines.json (one row per region, with
the page each number was checked on, the date and how it was confirmed).

Run it again after the research table changes; it replaces every "us-xx"
region and leaves the rest of resources.json (the national resources,
Colorado) as it is. Colorado keeps its own region ("colorado") and resources
from the seed; only its postal code and the hotline's confirmation come from
the table. A region whose line is unconfirmed gets no number: the emergency
bar then dials the national fallback with its honest label.

Usage: tools/content/import_state_lines.py [PACK_DIR]
"""
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
pack = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "assets/content/default"
research = json.loads((ROOT / "assets/content/research/state-reporting-lines.json").read_text())
resources_path = pack / "resources.json"
doc = json.loads(resources_path.read_text())


def digits(text):
    return "".join(c for c in text if c.isdigit())


def purpose(row):
    name = row["name"]
    line = row["line"]
    en, es = [], []
    if line["kind"] == "county-lines":
        en.append(f"Where to report suspected abuse or neglect of a child who lives in {name['en']}: "
                  "reports go to the county (or tribal) agency where the child lives.")
        es.append(f"Donde se denuncia la sospecha de maltrato o negligencia de un menor que vive en {name['es']}: "
                  "las denuncias van a la agencia del condado (o tribal) donde vive el menor.")
        if line.get("countyList"):
            en.append("The state's page lists each county's number.")
            es.append("La página del estado indica el número de cada condado.")
        if line.get("number"):
            en.append("The number here is the state's own line.")
            es.append("El número de aquí es la línea del propio estado.")
    else:
        en.append(f"Where to report suspected abuse or neglect of a child who lives in {name['en']}. "
                  "Anyone can call, and a suspicion is enough; you do not need proof.")
        es.append(f"Donde se denuncia la sospecha de maltrato o negligencia de un menor que vive en {name['es']}. "
                  "Cualquier persona puede llamar y basta con una sospecha; no hace falta tener pruebas.")
    if line["anonymous"] == "yes":
        en.append("You may report without giving your name.")
        es.append("Puede denunciar sin dar su nombre.")
    elif line["anonymous"] == "no":
        en.append("This state does not take reports from callers who will not give their name.")
        es.append("Este estado no acepta denuncias de personas que no dan su nombre.")
    if line["confirmed"] == "third-party":
        en.append("This number was found on a page other than the agency's own; check it on the agency's website.")
        es.append("Este número se encontró en una página que no es de la agencia; compruébelo en el sitio web de la agencia.")
    if line["confirmed"] == "unconfirmed":
        en.append("Harbor could not confirm this line's number on an official page: use the agency's website, "
                  "and call 911 in an emergency.")
        es.append("Harbor no pudo confirmar el número de esta línea en una página oficial: use el sitio web de la "
                  "agencia y, en una emergencia, llame al 911.")
    en.append("If a child is in danger right now, call 911 first.")
    es.append("Si un menor está en peligro en este momento, llame primero al 911.")
    return {"en": " ".join(en), "es": " ".join(es)}


def resource(row):
    line = row["line"]
    res = {
        "id": f"{row['id']}-hotline",
        "name": line["name"],
        "for": purpose(row),
    }
    number = digits(line.get("number", ""))
    if number and line["confirmed"] != "unconfirmed":
        assert digits(line["display"]) == number, row["id"]
        res["phone"] = {"number": number, "display": line["display"]}
    tty = line.get("tty") or {}
    if digits(tty.get("number", "")) and line["confirmed"] != "unconfirmed":
        res["tty"] = {"number": digits(tty["number"]), "display": tty["display"]}
    web = line.get("web") or line.get("countyList")
    if web:
        res["web"] = web
    res["hours"] = line["hours"]
    res["audience"] = "everyone"
    res["source"] = line["source"]
    res["confirmed"] = line["confirmed"]
    res["checked"] = line["checked"]
    res["anonymous"] = line["anonymous"]
    if line.get("countyList"):
        res["countyList"] = line["countyList"]
    return res


regions = [r for r in doc["regions"] if not r["id"].startswith("us-")]
by_id = {r["id"]: r for r in regions}

national = by_id["united-states"]
national.pop("hotline", None)
national["fallback"] = {
    "resource": "us-childhelp",
    "label": {
        "en": "Childhelp: counselling, and your state's reporting line",
        "es": "Childhelp: orientación, y la línea de su estado para denunciar",
    },
}
reviewed = doc["reviewed"]
for region in regions:
    for res in region["resources"]:
        res.setdefault("confirmed", "agency")
        res.setdefault("checked", reviewed)

for row in research["regions"]:
    if row["id"] == "us-co":
        colorado = by_id["colorado"]
        colorado["postal"] = "CO"
        hotline = next(r for r in colorado["resources"] if r["id"] == colorado["hotline"])
        assert digits(row["line"]["number"])[-10:] == hotline["phone"]["number"][-10:], "Colorado line changed?"
        hotline["confirmed"] = row["line"]["confirmed"]
        hotline["checked"] = row["line"]["checked"]
        hotline["source"] = row["line"]["source"]
        hotline["anonymous"] = row["line"]["anonymous"] if row["line"]["anonymous"] != "not-stated" else "yes"
        continue
    res = resource(row)
    region = {"id": row["id"], "name": row["name"], "postal": row["postal"], "includes": ["united-states"]}
    if "phone" in res:
        region["hotline"] = res["id"]
    if "phone" not in res and "web" not in res:
        continue  # nothing to show: the country's resources stand for it
    region["resources"] = [res]
    regions.append(region)

# Reorder keys the way the schema lists them.
order = ["id", "name", "postal", "includes", "hotline", "fallback", "resources"]
doc["regions"] = [{k: r[k] for k in order if k in r} for r in regions]
resources_path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
print(f"{len(doc['regions'])} regions written to {resources_path}")
