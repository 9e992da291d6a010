"""Reference profile of the shared real datasets, computed with Python's csv module and float()
(an independent reader; float() is correctly rounded).

For every CSV below ../shared/datasets: the row count, the column names, and per column whether
every non-missing value is a number, the number of missing values ("", NA, NaN, null), and for
numbers the exact sum (math.fsum) and the first and last value, for other columns the distinct
values in order of first appearance. The Tabular tests read shared_datasets.json; they need no
Python.

Run from the repository root:  python3 Tests/TabularTests/Fixtures/make_shared_datasets.py
"""
import csv
import json
import math
import pathlib

MISSING = {"", "NA", "NaN", "null"}
root = pathlib.Path(__file__).resolve().parents[3]
datasets = root.parent / "shared" / "datasets"
files = ["german_credit/german_credit_uci.csv", "spector/spector.csv", "betareg/GasolineYield.csv",
         "betareg/FoodExpenditure.csv", "asah/asah.csv"]


def number(text):
    try:
        return float(text)
    except ValueError:
        return None


out = {}
for name in files:
    with open(datasets / name, newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    header, data = rows[0], [row for row in rows[1:] if row]
    columns = []
    for index, column in enumerate(header):
        cells = [row[index] for row in data]
        present = [cell for cell in cells if cell not in MISSING]
        entry = {"name": column, "missing": len(cells) - len(present)}
        values = [number(cell) for cell in present]
        if all(value is not None for value in values):
            entry["kind"] = "numeric"
            entry["sum"] = math.fsum(values)
            entry["first"] = values[0]
            entry["last"] = values[-1]
        else:
            entry["kind"] = "text"
            entry["levels"] = list(dict.fromkeys(present))
        columns.append(entry)
    out[name] = {"rows": len(data), "columns": columns}
path = pathlib.Path(__file__).with_name("shared_datasets.json")
path.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
print("wrote", path)
