import { ScoringError } from "../errors.js";
import { D, type Dec, type NumericInput, toDecimal } from "../internal/decimal.js";
import { toUnitSum } from "../internal/unit-sum.js";

/**
 * One node of an indicator tree (指标体系) with a raw weight or points value.
 *
 * @since 0.1.0
 */
export interface WeightTreeNode {
  /** Unique id of the node. */
  readonly id: string;
  /** Id of the parent node; `null` or absent for a top-level node (一级指标). */
  readonly parent?: string | null;
  /** Raw weight or points (分值), ≥ 0. Siblings are normalised among themselves. */
  readonly weight: NumericInput;
}

/**
 * Result of {@link normalizeWeightsPerParent}.
 *
 * @since 0.1.0
 */
export interface PerParentWeights {
  /** Local weight of each node: its share among its siblings (siblings sum to exactly 1). */
  readonly local: Record<string, Dec>;
  /** Global weight: product of the local weights from the top level down to the node. */
  readonly global: Record<string, Dec>;
}

/**
 * Normalises the weights of an indicator tree per parent (按上级归一化): each group of siblings
 * is divided by its sum, so siblings sum to exactly 1, and a node's global weight is the product
 * of the local weights on its path (一级权重 × 二级权重 × …).
 *
 * Global weights are products of 40-place decimals kept to 50 significant digits, so the leaves'
 * global weights sum to 1 up to that rounding (not re-balanced).
 *
 * @param nodes - the tree as a flat list; parents must be listed in the same list
 * @returns local and global weights by node id
 * @throws ScoringError `duplicate_id`, `unknown_parent`, `cycle`, `negative_weight`, `weights_sum_zero`
 * @example
 * ```ts
 * import { normalizeWeightsPerParent } from "@ducha/scoring";
 *
 * const { local, global } = normalizeWeightsPerParent([
 *   { id: "eco", weight: 25 }, { id: "env", weight: 25 }, { id: "live", weight: 50 },
 *   { id: "gdp", parent: "eco", weight: 6 }, { id: "tax", parent: "eco", weight: 4 },
 * ]);
 * String(local.gdp); // "0.6"
 * String(global.gdp); // "0.15"
 * ```
 * @since 0.1.0
 */
export function normalizeWeightsPerParent(nodes: readonly WeightTreeNode[]): PerParentWeights {
  const byId = new Map<string, { index: number; parent: string | null; weight: Dec }>();
  nodes.forEach((node, index) => {
    if (typeof node.id !== "string" || byId.has(node.id)) {
      throw new ScoringError("duplicate_id", `node id ${JSON.stringify(node.id)} is missing or not unique`, {
        path: ["nodes", index, "id"],
      });
    }
    byId.set(node.id, {
      index,
      parent: node.parent ?? null,
      weight: toDecimal(node.weight, ["nodes", index, "weight"]),
    });
  });
  const groups = new Map<string | null, string[]>();
  for (const [id, node] of byId) {
    if (node.parent !== null && !byId.has(node.parent)) {
      throw new ScoringError(
        "unknown_parent",
        `node ${JSON.stringify(id)} has unknown parent ${JSON.stringify(node.parent)}`,
        {
          path: ["nodes", node.index, "parent"],
        },
      );
    }
    const siblings = groups.get(node.parent) ?? [];
    siblings.push(id);
    groups.set(node.parent, siblings);
  }
  const local: Record<string, Dec> = {};
  for (const [, ids] of groups) {
    const first = byId.get(ids[0] as string);
    const normalised = toUnitSum(
      ids.map((id) => (byId.get(id) as { weight: Dec }).weight),
      ["nodes", first?.index ?? 0, "weight"],
    );
    ids.forEach((id, k) => {
      local[id] = normalised[k] as Dec;
    });
  }
  const global: Record<string, Dec> = {};
  for (const [id, node] of byId) {
    let product = new D(1);
    let current: string | null = id;
    const seen = new Set<string>();
    while (current !== null) {
      if (seen.has(current)) {
        throw new ScoringError("cycle", `the parent chain of ${JSON.stringify(id)} contains a cycle`, {
          path: ["nodes", node.index, "parent"],
        });
      }
      seen.add(current);
      product = product.times(local[current] as Dec);
      current = (byId.get(current) as { parent: string | null }).parent;
    }
    global[id] = product;
  }
  return { local, global };
}
