/**
 * One unit per money column: a table column of 万元 figures is written entirely in 亿元 when any of its values
 * reaches 1 亿元, else entirely in 万元 — a reader scanning a column must not meet `8,000 万元` under `67.90 亿元`.
 */
import { formatNumber } from '../../domain/format.ts';

/** A formatter for every value of a column of `valuesWan` (万元): all in 亿元 (2 decimals) or all in 万元. */
export function moneyColumn(valuesWan: readonly number[]): (wan: number) => string {
  const inYi = valuesWan.some((v) => Math.abs(Math.round(v)) >= 10_000);
  return inYi
    ? (wan) => `${formatNumber(wan / 10_000, 'zh-CN', 2)} 亿元`
    : (wan) => `${formatNumber(wan, 'zh-CN')} 万元`;
}
