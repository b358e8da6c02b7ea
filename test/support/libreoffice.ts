import { execFile } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";

/**
 * LibreOffice (headless, from Debian) as an independent formula engine: it opens an .xlsx,
 * recalculates every formula on load, and saves the computed values, which ExcelJS reads back.
 */
const SOFFICE_CANDIDATES = ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice"];

export function sofficePath(): string {
  const found = SOFFICE_CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      "LibreOffice is not installed (apt-get install -y libreoffice-calc-nogui); the formula checks need it"
    );
  }
  return found;
}

/** A fresh profile that makes Calc recalculate OOXML and ODF files on load, always. */
function makeProfile(dir: string): void {
  const user = path.join(dir, "user");
  mkdirSync(user, { recursive: true });
  const item = (group: string, name: string) =>
    `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${name}" oor:op="fuse"><value>0</value></prop></item>`;
  writeFileSync(
    path.join(user, "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n${item("Load", "OOXMLRecalcMode")}\n${item("Load", "ODFRecalcMode")}\n</oor:items>\n`
  );
}

/** Recalculates `file` in LibreOffice and returns the path of the recalculated copy. */
export function recalculate(file: string): Promise<string> {
  return convert(file, "xlsx");
}

/** Prints `file` (every sheet) to PDF in LibreOffice, recalculating first; returns the PDF's path. */
export function exportPdf(file: string): Promise<string> {
  return convert(file, "pdf");
}

/**
 * Saves `file` as an Excel 97-2003 workbook (BIFF8), as an office would receive an .xls; returns
 * the .xls's path (remove it with {@link removeRecalculated}).
 */
export function saveAsXls(file: string): Promise<string> {
  return convert(file, "xls");
}

function convert(file: string, to: "xlsx" | "pdf" | "xls"): Promise<string> {
  const work = mkdtempSync(path.join(os.tmpdir(), "duibiao-lo-"));
  const profile = path.join(work, "profile");
  const out = path.join(work, "out");
  makeProfile(profile);
  mkdirSync(out);
  const args = [
    `-env:UserInstallation=file://${profile}`,
    "--headless",
    "--norestore",
    "--calc",
    "--convert-to",
    to,
    "--outdir",
    out,
    file,
  ];
  return new Promise((resolve, reject) => {
    execFile(sofficePath(), args, { timeout: 180_000 }, (error, _stdout, stderr) => {
      const result = path.join(out, path.basename(file).replace(/\.[^.]+$/, "") + `.${to}`);
      if (error || !existsSync(result)) {
        reject(new Error(`LibreOffice failed on ${file}: ${error?.message ?? ""} ${stderr}`));
        return;
      }
      resolve(result);
    });
  });
}

export type ComputedValue = number | string | boolean | { error: string };

/** Every cell's computed value in a recalculated workbook: sheet name → A1 address → value. */
export async function computedValues(
  file: string
): Promise<Map<string, Map<string, ComputedValue>>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheets = new Map<string, Map<string, ComputedValue>>();
  for (const ws of wb.worksheets) {
    const cells = new Map<string, ComputedValue>();
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value as unknown;
        if (v !== null && typeof v === "object" && ("formula" in v || "sharedFormula" in v)) {
          // ExcelJS drops a cached 0 from `value` but keeps it in `result`; "" is stored as no value.
          const r = cell.result as unknown;
          cells.set(cell.address, r === undefined || r === null ? "" : (r as ComputedValue));
        } else if (v !== null && v !== undefined) {
          cells.set(cell.address, v as ComputedValue);
        }
      })
    );
    sheets.set(ws.name, cells);
  }
  return sheets;
}

/** Cleans up a recalculated copy's (or a PDF's) temporary folder. */
export function removeRecalculated(file: string): void {
  rmSync(path.dirname(path.dirname(file)), { recursive: true, force: true });
}
