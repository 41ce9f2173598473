import { useState } from 'react';
import {
  type CommitMode,
  type ImportSummary,
  useCommitImport,
  useRevertImport,
  useStageImport,
} from '../../api/imports.ts';
import type { ImportKind } from './field-lists.ts';
import type { MappingChoice } from './MappingStep.tsx';

/** The wizard's steps, in order. */
export const WIZARD_STEPS = ['upload', 'mapping', 'report', 'done'] as const;
export type Step = (typeof WIZARD_STEPS)[number];
/** What a commit did (its counts) and whether it was reverted since. */
export type Done = { counts: Record<string, number>; reverted: boolean };

/**
 * The import wizard's state and actions: reading a file stages a dry run (with the mapping once chosen), commit
 * and revert call the API; the page renders it.
 */
export function useImportWizard() {
  const [step, setStep] = useState<Step>('upload');
  const [kind, setKind] = useState<ImportKind>('parcels');
  const [file, setFile] = useState<File | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const stage = useStageImport();
  const commit = useCommitImport();
  const revert = useRevertImport();

  /** Stages `f` as `k`: without a mapping the next step is the mapping, with one the report. */
  const read = (k: ImportKind, f: File, choice?: MappingChoice) => {
    setKind(k);
    setFile(f);
    const body = {
      file: f,
      kind: k,
      ...(choice?.crs ? { crs: choice.crs } : {}),
      ...(choice ? { mapping: choice.mapping } : {}),
    };
    stage.mutate(body, {
      onSuccess: (s) => {
        setSummary(s);
        setStep(choice ? 'report' : 'mapping');
      },
    });
  };
  const doCommit = (mode: CommitMode, exclude: number[]) => {
    if (!summary) return;
    commit.mutate(
      { id: summary.id, mode, exclude },
      {
        onSuccess: (s) => {
          setDone({ counts: s.commit?.counts ?? {}, reverted: false });
          setStep('done');
        },
      },
    );
  };
  const doRevert = () => {
    if (!summary || !done) return;
    revert.mutate(summary.id, { onSuccess: () => setDone({ ...done, reverted: true }) });
  };
  const startAgain = () => {
    setStep('upload');
    setSummary(null);
    setDone(null);
  };
  return {
    step,
    setStep,
    kind,
    file,
    summary,
    done,
    stage,
    commit,
    revert,
    read,
    doCommit,
    doRevert,
    startAgain,
  };
}

/** What useImportWizard returns. */
export type ImportWizard = ReturnType<typeof useImportWizard>;
