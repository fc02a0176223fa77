/** Monthly indicators of the eco-city template that take monthly data. */
export const MONTHLY_INDICATORS: readonly string[] = [
  "gdp_growth",
  "fiscal_revenue_growth",
  "fixed_investment",
  "tertiary_share",
  "high_tech_share",
  "rd_intensity",
  "gdp_per_capita",
  "labour_productivity",
  "pm25",
  "good_air_days",
  "water_quality",
  "sewage_treatment",
  "forest_cover",
  "green_space",
  "energy_intensity",
  "carbon_intensity",
  "new_jobs",
  "unemployment",
  "income_growth",
  "hospital_beds",
];

/**
 * Monthly observations of the eco-city template as a valid long CSV of 960 rows (4 districts × 20
 * indicators × 12 months) and about 1.4 MiB — more than the progress bar's threshold — with a
 * 1,500-character note on each row (test-only).
 */
export function bigCsv(): string {
  const note = "x".repeat(1500);
  const lines = ["unit,indicator,period,value,note"];
  for (const unit of ["d_east", "d_west", "d_south", "d_north"])
    for (const indicator of MONTHLY_INDICATORS)
      for (let month = 1; month <= 12; month++)
        lines.push(`${unit},${indicator},2024-${String(month).padStart(2, "0")},${month},${note}`);
  return `${lines.join("\n")}\n`;
}
