import type { MissingDataPolicy, ScoringRule } from "@ducha/schema";

/**
 * Weights perturbed uniformly: each listed weight wᵢ becomes wᵢ·(1 + s·(2u − 1)), u ~ U[0, 1), i.e.
 * uniform on [wᵢ(1 − s), wᵢ(1 + s)] (COINr `get_sensitivity` "noise" on weights, Saisana, Saltelli &
 * Tarantola 2005 §3); siblings are re-normalised by the engine as usual.
 *
 * @since 0.1.0
 */
export interface UniformWeightPerturbation {
  readonly perturbation: "uniform";
  /** Half-width s as a share of the weight, 0 ≤ s < 1 (0.25 = ±25 %). */
  readonly spread: number;
  /** Node and indicator ids whose weights are perturbed. Defaults to every node and indicator. */
  readonly items?: readonly string[];
}

/**
 * Weights drawn from a Dirichlet distribution around the nominal: within each sibling group (the
 * children of a node, or the top level) the normalised weights are Dir(κ·ŵ₁, …, κ·ŵₖ), ŵ the
 * nominal normalised weights and κ the concentration (mean ŵ, variance ŵᵢ(1 − ŵᵢ)/(κ + 1)).
 * Sampled by inversion, Gᵢ = F⁻¹_Gamma(κŵᵢ)(uᵢ), wᵢ = Gᵢ/ΣG, so each weight is one coordinate.
 *
 * @since 0.1.0
 */
export interface DirichletWeightPerturbation {
  readonly perturbation: "dirichlet";
  /** Concentration κ > 0: larger is closer to the nominal weights. */
  readonly concentration: number;
  /** Parent ids of the sibling groups to perturb (`""` = the top level). Defaults to every group with ≥ 2 children. */
  readonly groups?: readonly string[];
}

/**
 * The uncertain choices of an uncertainty or sensitivity analysis (不确定性分析), COINr-style
 * (`get_sensitivity`; Saisana, Saltelli & Tarantola 2005): weights, the normalisation method,
 * the aggregation method and the missing-data policy. Omitted choices stay as the project declares.
 *
 * @example
 * ```ts
 * import type { UncertaintySpec } from "@ducha/scoring";
 *
 * const spec: UncertaintySpec = {
 *   weights: { perturbation: "uniform", spread: 0.25 },
 *   normalization: { alternatives: ["nominal", { method: "min-max" }, { method: "z-score", mean: "50", scale: "10" }] },
 *   aggregation: { alternatives: ["weighted-arithmetic", "weighted-geometric"] },
 *   missingData: { alternatives: ["exclude-reweight", "zero"] },
 * };
 * ```
 * @since 0.1.0
 */
export interface UncertaintySpec {
  /** How weights are perturbed. Defaults to nominal weights. */
  readonly weights?: UniformWeightPerturbation | DirichletWeightPerturbation;
  /**
   * Alternative scoring rules for the numeric indicators (quantitative, survey, event-count);
   * `"nominal"` keeps each indicator's own rule. Defaults to the nominal rules.
   */
  readonly normalization?: {
    readonly alternatives: readonly (ScoringRule | "nominal")[];
    /** Indicators the alternatives apply to. Defaults to every numeric indicator. */
    readonly indicators?: readonly string[];
  };
  /** Alternative aggregation methods. Defaults to the nominal methods. */
  readonly aggregation?: {
    readonly alternatives: readonly ("weighted-arithmetic" | "weighted-geometric")[];
    /** Node ids the alternative applies to (`""` = the root). Defaults to every node and the root. */
    readonly nodes?: readonly string[];
  };
  /** Alternative missing-data policies, each replacing the plan's policies for every indicator. */
  readonly missingData?: { readonly alternatives: readonly MissingDataPolicy[] };
}
