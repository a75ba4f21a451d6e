'use strict';
// The reference the CLI is measured against: the whole process of a bare ExcelJS load of the workbook,
// nothing else. Plain JavaScript, so no transpiler's start-up counts on this side.
const ExcelJS = require('exceljs');

new ExcelJS.Workbook().xlsx.readFile(process.argv[2]).then(
  (workbook) => process.stdout.write(`${workbook.worksheets[0]?.rowCount ?? 0}\n`),
  (error) => {
    process.stderr.write(`${error}\n`);
    process.exitCode = 1;
  },
);
