#!/usr/bin/env python3
"""The route the command line is compared with in `npm run bench`: a short pandas + openpyxl
script, as an analyst who knows Python would write it. It reads every sheet of the workbook, finds
the header row (the row holding 总分), ranks each table by its total at 2 decimals (ties share the
better rank, as Excel's RANK.EQ), and writes one plain ranking table per sheet with openpyxl.

Usage: python3 scripts/bench-pandas.py IN.xlsx OUT.xlsx
Prints one JSON line: {"units": …, "cpu": CPU seconds, "rss_kb": peak resident memory}.
"""
import json
import resource
import sys

import pandas as pd


def ranking(frame: pd.DataFrame) -> pd.DataFrame:
    header_row = next(i for i in range(len(frame)) if "总分" in frame.iloc[i].values)
    table = frame.iloc[header_row + 1 :].copy()
    table.columns = frame.iloc[header_row].astype(str)
    total = pd.to_numeric(table["总分"], errors="coerce").round(2)
    table = table.assign(总分=total)[total.notna()]
    table["排名"] = table["总分"].rank(method="min", ascending=False).astype(int)
    return table.sort_values("排名")


def main(source: str, target: str) -> None:
    sheets = pd.read_excel(source, sheet_name=None, header=None, engine="openpyxl")
    units = 0
    with pd.ExcelWriter(target, engine="openpyxl") as writer:
        for name, frame in sheets.items():
            table = ranking(frame)
            units += len(table)
            table.to_excel(writer, sheet_name=f"排名-{name}"[:31], index=False)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu = usage.ru_utime + usage.ru_stime
    print(json.dumps({"units": units, "cpu": round(cpu, 3), "rss_kb": usage.ru_maxrss}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
