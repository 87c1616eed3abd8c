'use strict';

// Cells starting with these characters are interpreted as formulas by spreadsheet apps.
const FORMULA_PREFIX = /^[=+\-@\t\r]/;

function escapeCell(value) {
  if (value === null || value === undefined) return '';
  let cell = value instanceof Date ? value.toISOString() : String(value);
  if (typeof value === 'string' && FORMULA_PREFIX.test(cell)) {
    cell = `'${cell}`;
  }
  if (/[",\r\n]/.test(cell)) {
    cell = `"${cell.replace(/"/g, '""')}"`;
  }
  return cell;
}

function toCsv(header, rows) {
  return `${[header, ...rows].map((row) => row.map(escapeCell).join(',')).join('\r\n')}\r\n`;
}

module.exports = { toCsv, escapeCell };
