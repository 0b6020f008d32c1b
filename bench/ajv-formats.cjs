// The record formats, for ajv-cli (-c): the same checks phoihop's schemas name.
const days = (y, m) => [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] || 0;
const date = (s) => { const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s); return !!m && +m[2] >= 1 && +m[2] <= 12 && +m[3] >= 1 && +m[3] <= days(+m[1], +m[2]); };
const monthDay = (s) => { const m = /^(\d{2})-(\d{2})$/.exec(s); return !!m && +m[1] >= 1 && +m[1] <= 12 && +m[2] >= 1 && +m[2] <= days(2000, +m[1]); };
module.exports = (ajv) => {
  ajv.addFormat('date', date);
  ajv.addFormat('month-day', monthDay);
  ajv.addFormat('due-day', (s) => date(s) || monthDay(s));
};
