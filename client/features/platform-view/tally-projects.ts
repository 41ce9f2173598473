/** Count and planned investment (万元) of projects per industry, largest investment first. */
export function projectsByIndustry<I extends string>(
  projects: readonly { industry: I; investmentWan: number; stage: string }[],
): { industry: I; count: number; investmentWan: number }[] {
  const m = new Map<I, { industry: I; count: number; investmentWan: number }>();
  for (const p of projects) {
    // Terminated projects are history, not pipeline; they would inflate the platform's investment.
    if (p.stage === 'terminated') continue;
    const row = m.get(p.industry) ?? { industry: p.industry, count: 0, investmentWan: 0 };
    row.count += 1;
    row.investmentWan += p.investmentWan;
    m.set(p.industry, row);
  }
  return [...m.values()].sort((a, b) => b.investmentWan - a.investmentWan);
}
