// Generates the encoded CSV fixtures in ./fixtures (run: node test/make-fixtures.mjs from packages/io).
// The produced files are committed; tests read them and assert exact values.
import { writeFileSync } from "node:fs";
import iconv from "iconv-lite";

const dir = new URL("./fixtures/", import.meta.url);
const write = (name, bytes) => writeFileSync(new URL(name, dir), bytes);
const crlf = (lines) => `${lines.join("\r\n")}\r\n`;

// GB18030 (GBK superset), as Chinese Excel/WPS saves "CSV (逗号分隔)": long format, Chinese headers.
const gbLong = crlf([
  "单位,指标,期间,数值,状态,备注",
  '城东区,gdp,2024,"1,234.5",上报,',
  "城西区,gdp,2024,987.65,核实,已核实",
  "高新区,gdp,2024,—,,未报送",
  "经开区,gdp,2024,abc,,",
]);
write("gb18030-long.csv", iconv.encode(gbLong, "gb18030"));

// UTF-8 with BOM (Excel "CSV UTF-8"), semicolon-delimited, full-width numbers and percentages.
const bomText = [
  "单位;指标;期间;数值",
  "城东区;growth;2024Q3;８５．５％",
  "城西区;growth;2024年第三季度;－３",
  "高新区;growth;2024-Q3;１，２３４",
].join("\n");
write("utf8-bom-fullwidth.csv", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${bomText}\n`, "utf8")]));

// UTF-16 LE with BOM (Excel "Unicode text"), tab-delimited, 万/亿 multipliers, missing markers.
const utf16Text = crlf([
  "unit\tindicator\tperiod\tvalue",
  "district_a\trevenue\t2024\t3.2万",
  "district_b\trevenue\t2024\t1.5亿",
  "district_c\trevenue\t2024\t/",
  "district_d\trevenue\t2024\tN/A",
]);
write("utf16le-bom-multipliers.csv", Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(utf16Text, "utf16-le")]));

// UTF-8: Excel serial dates in the period column, unit codes with leading zeros.
write(
  "serial-dates.csv",
  crlf(["unit,indicator,period,value", "007,output,45413,10", "010,output,45444,20", "007,output,45443,30"]),
);

// UTF-8: formula-like cells (escaped by toCsv with a leading ') and a genuine negative number.
write(
  "formula-like.csv",
  crlf([
    "unit,indicator,period,value,note",
    'a,delta,2024,-3.5,\'=HYPERLINK("http://x")',
    "b,delta,2024,+2,'+cmd",
    "c,delta,2024,0,'@SUM(A1)",
    "d,delta,2024,'=1+1,",
  ]),
);

// GB18030, wide format: units in the headers, a second header row with units, a title line above.
const wide = crlf([
  "2024年各区主要指标",
  "单位,地区生产总值（亿元）,一般公共预算收入(万元),常住人口[万人],森林覆盖率,备注",
  ",,,,%,",
  '城东区,１２．３４,"5,600",3.5,45.5,',
  "城西区,8.1,—,2.25,８０％,",
  "高新区,x,1200,1,12.5,新区",
]);
write("gb18030-wide-units.csv", iconv.encode(wide, "gb18030"));

// XLSX (exceljs): sheet "宽表" = wide data under a merged title and a merged two-row header;
// sheet "long" = long data with Excel dates, zero-padded unit codes, a formula and an error cell.
const { default: ExcelJS } = await import("exceljs");
const workbook = new ExcelJS.Workbook();
const wideSheet = workbook.addWorksheet("宽表");
wideSheet.addRow(["2024年各区主要指标"]);
wideSheet.mergeCells("A1:F1");
wideSheet.addRow(["单位", "经济发展", null, "生态环境", null, "备注"]);
wideSheet.addRow([null, "GDP（亿元）", "财政收入(万元)", "森林覆盖率(%)", "PM2.5浓度", null]);
wideSheet.mergeCells("A2:A3");
wideSheet.mergeCells("B2:C2");
wideSheet.mergeCells("D2:E2");
wideSheet.mergeCells("F2:F3");
wideSheet.addRow(["城东区", 12.34, 5600, 0.1 + 0.2, 35, null]);
wideSheet.addRow(["城西区", "８．１", "—", 80, 41.5, "核实中"]);
wideSheet.addRow(["高新区", "x", 1200, 12.5, 28, null]);
const longSheet = workbook.addWorksheet("long");
longSheet.addRow(["单位", "指标", "期间", "数值", "状态"]);
longSheet.addRow([7, "output", new Date(Date.UTC(2024, 4, 1)), 1234.5, "上报"]);
longSheet.addRow([10, "output", new Date(Date.UTC(2024, 4, 1)), { formula: "B1*2", result: 42 }, "核实"]);
longSheet.addRow([12, "output", new Date(Date.UTC(2024, 5, 15)), { error: "#N/A" }, null]);
longSheet.addRow([13, "output", "2024-06", { formula: "SUM(D2:D3)" }, null]);
for (let r = 2; r <= 5; r++) longSheet.getCell(`A${r}`).numFmt = "000";
write("workbook.xlsx", Buffer.from(await workbook.xlsx.writeBuffer()));
