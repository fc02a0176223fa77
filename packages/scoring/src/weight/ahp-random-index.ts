/**
 * Named tables of Saaty's random index RI(n) (平均随机一致性指标), indexed by matrix order n − 1.
 *
 * - `"saaty"`: Saaty (1980), *The Analytic Hierarchy Process*, n = 1…15 — the table most Chinese
 *   textbooks print (0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, …).
 * - `"donegan-dodd"`: Donegan & Dodd (1991), "A note on Saaty's random indexes", *Mathematical and
 *   Computer Modelling* 15(10):135–137, n = 1…20 (the default of the AHPy package).
 * - `"alonso-lamata"`: Alonso & Lamata (2006), "Consistency in the analytic hierarchy process: a new
 *   approach", *Int. J. Uncertainty, Fuzziness and Knowledge-Based Systems* 14(4):445–459, n = 1…15.
 *
 * @since 0.1.0
 */
export const AHP_RANDOM_INDEX: Readonly<Record<"saaty" | "donegan-dodd" | "alonso-lamata", readonly string[]>> = {
  saaty: [
    "0",
    "0",
    "0.58",
    "0.90",
    "1.12",
    "1.24",
    "1.32",
    "1.41",
    "1.45",
    "1.49",
    "1.51",
    "1.48",
    "1.56",
    "1.57",
    "1.59",
  ],
  "donegan-dodd": [
    "0",
    "0",
    "0.4914",
    "0.8286",
    "1.0591",
    "1.1797",
    "1.2519",
    "1.3171",
    "1.3733",
    "1.4055",
    "1.4213",
    "1.4497",
    "1.4643",
    "1.4822",
    "1.4969",
    "1.5078",
    "1.5153",
    "1.5262",
    "1.5313",
    "1.5371",
  ],
  "alonso-lamata": [
    "0",
    "0",
    "0.5245",
    "0.8815",
    "1.1086",
    "1.2479",
    "1.3417",
    "1.4056",
    "1.4499",
    "1.4854",
    "1.5141",
    "1.5365",
    "1.5551",
    "1.5713",
    "1.5838",
  ],
};
