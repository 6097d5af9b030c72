import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { AppConfig } from '@jixiao/config';
import { Roles } from '@jixiao/people';
import { notFound } from '@jixiao/platform';
import { All, Controller, Next, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { NextFunction, Request, Response, Router } from 'express';
import { ReminderQueues } from '../queue/reminder-queues';

export const QUEUE_BOARD_PATH = '/api/admin/queues';

/**
 * Bull Board (the queue dashboard), served through a Nest controller so the global auth guard
 * applies: admins only, with the same Bearer token as the rest of the API.
 */
@ApiExcludeController()
@Roles('admin')
@Controller('admin/queues')
export class QueueBoardController {
  private readonly router: Router | null;

  constructor(queues: ReminderQueues, config: AppConfig) {
    if (!config.BULL_BOARD_ENABLED) {
      this.router = null;
      return;
    }
    const adapter = new ExpressAdapter();
    adapter.setBasePath(QUEUE_BOARD_PATH);
    // @bull-board/express pins its own patch release of @bull-board/api: same shape, distinct declarations.
    const serverAdapter = adapter as unknown as Parameters<typeof createBullBoard>[0]['serverAdapter'];
    createBullBoard({ queues: queues.allQueues().map((q) => new BullMQAdapter(q)), serverAdapter });
    this.router = adapter.getRouter() as Router;
  }

  @All(['', '*path'])
  serve(@Req() request: Request, @Res() response: Response, @Next() next: NextFunction): void {
    if (!this.router) throw notFound('QUEUE_BOARD', QUEUE_BOARD_PATH, '队列面板');
    // The board's router expects paths relative to where it is mounted.
    request.url = request.originalUrl.slice(QUEUE_BOARD_PATH.length) || '/';
    request.baseUrl = QUEUE_BOARD_PATH;
    this.router(request, response, next);
  }
}
