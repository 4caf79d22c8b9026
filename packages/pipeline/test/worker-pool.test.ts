import { describe, expect, test } from 'vitest';
import { WorkerPool } from '../src/lib/batch/worker-pool.ts';

describe('WorkerPool', () => {
  test('should time out a stuck job, replace its worker and go on', async () => {
    const pool = new WorkerPool<string, string>({
      script: new URL('./fixtures/test-worker.ts', import.meta.url),
      size: 2,
      timeoutMs: 3000,
      onTimeout: (job) => `timeout ${job}`,
      onCrash: (job, error) => `crash ${job}: ${error.message}`,
    });
    try {
      const outcomes = await Promise.all(['a', 'stall', 'crash', 'b', 'c'].map((job) => pool.run(job)));
      expect(outcomes[0]).toBe('did a');
      expect(outcomes[1]).toBe('timeout stall');
      expect(outcomes[2]).toMatch(/^crash crash: .*boom/);
      expect(outcomes.slice(3)).toEqual(['did b', 'did c']);
    } finally {
      await pool.close();
    }
  });
});
