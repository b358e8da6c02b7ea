import path from "path";
import ExcelJS from "exceljs";
import { SampleSheet, buildSampleSheets } from "./sample-data";

/** Writes sample sheets as an .xlsx workbook, the way a province's sheets arrive: values, merges. */
export async function writeSampleWorkbook(
  sheets: readonly SampleSheet[],
  file: string
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Duibiao sample";
  // Fixed dates keep the file identical from one generation to the next.
  wb.created = new Date(Date.UTC(2017, 10, 2));
  wb.modified = wb.created;
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    s.rows.forEach((line, r) => {
      const row = ws.getRow(r + 1);
      line.forEach((v, c) => {
        if (v !== null) row.getCell(c + 1).value = v;
      });
    });
    for (const m of s.merges) ws.mergeCells(m);
  }
  await wb.xlsx.writeFile(file);
}

if (require.main === module) {
  const out =
    process.argv[2] ?? path.join(__dirname, "..", "..", "assets", "sample-shaanxi-2017.xlsx");
  writeSampleWorkbook(buildSampleSheets(), out).then(
    () => process.stdout.write(`wrote ${out}\n`),
    (e: Error) => {
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    }
  );
}
