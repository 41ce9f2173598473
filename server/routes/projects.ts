/** GET /api/projects (filters platform, stage, industry, origin, q) and GET /api/projects/:id (with its ETag). */
import { Hono } from 'hono';
import { z } from 'zod';
import { Industry, Origin, ProjectStage } from '../../domain/schemas.ts';
import { platformIds } from '../db/queries/dashboard.ts';
import { listProjects } from '../db/queries/projects.ts';
import { NotFoundError } from '../errors.ts';
import { setEtag } from '../http/preconditions.ts';
import { noQuery } from '../http/strict-query.ts';
import { checkPlatforms } from '../read-models/known-platforms.ts';
import { projectDetail } from '../read-models/project-detail.ts';
import type { AppDeps } from './deps.ts';
import { IdParam, listParam, optionalText, valid } from './validate.ts';

const ProjectQuery = z.object({
  platform: listParam(z.string().min(1)),
  stage: listParam(ProjectStage),
  industry: listParam(Industry),
  origin: listParam(Origin),
  q: optionalText,
});

export const projectRoutes = ({ db }: AppDeps) =>
  new Hono()
    .get('/', valid('query', ProjectQuery), (c) => {
      const q = c.req.valid('query');
      checkPlatforms(platformIds(db), q.platform);
      const items = listProjects(db, {
        platformIds: q.platform,
        stages: q.stage,
        industries: q.industry,
        origins: q.origin,
        q: q.q,
      });
      return c.json({ items, total: items.length });
    })
    .get('/:id', noQuery, valid('param', IdParam), (c) => {
      const { id } = c.req.valid('param');
      const project = projectDetail(db, id);
      if (!project) throw new NotFoundError('project', id);
      // The version is the ETag a write sends back as If-Match.
      setEtag(c, project.version);
      return c.json(project);
    });
