import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { AppConfig } from '@jixiao/config';
import { Roles } from '@jixiao/people';
import { notFound } from '@jixiao/platform';
import { All, Controller, Next, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { NextFunction, Request, Response, Router } from 'express';
import { queueUnavailable, ReminderQueues } from '../queue/reminder-queues';

export const QUEUE_BOARD_PATH = '/api/admin/queues';

/** What the board's error handler returns; its typing lists no 503, which Express passes on all the same. */
type BoardAnswer = ReturnType<Parameters<ExpressAdapter['setErrorHandler']>[0]>;

/**
 * Bull Board (the queue dashboard), served through a Nest controller so the global auth guard
 * applies: admins only, with the same Bearer token as the rest of the API.
 */
@ApiExcludeController()
@Roles('admin')
@Controller('admin/queues')
export class QueueBoardController {
  private readonly router: Router | null;

  constructor(
    private readonly queues: ReminderQueues,
    config: AppConfig,
  ) {
    if (!config.BULL_BOARD_ENABLED) {
      this.router = null;
      return;
    }
    const adapter = new ExpressAdapter();
    adapter.setBasePath(QUEUE_BOARD_PATH);
    // @bull-board/express pins its own patch release of @bull-board/api: same shape, distinct declarations.
    const serverAdapter = adapter as unknown as Parameters<typeof createBullBoard>[0]['serverAdapter'];
    createBullBoard({ queues: queues.allQueues().map((q) => new BullMQAdapter(q)), serverAdapter });
    // The board's own handler would answer 500 with the Redis client's message: a failure of the queue is a
    // 503 with the API's generic body (a refusal of the board, e.g. a job that is gone, keeps its 4xx).
    adapter.setErrorHandler((error: Error & { statusCode?: number }) => {
      const status = error.statusCode ?? 503;
      if (status < 500)
        return {
          status,
          body: { code: 'QUEUE.REQUEST_INVALID', message: '队列请求无效', details: {} },
        } as BoardAnswer;
      const { code, message, details } = queueUnavailable();
      return { status: 503, body: { code, message, details } } as unknown as BoardAnswer;
    });
    this.router = adapter.getRouter() as Router;
  }

  @All(['', '*path'])
  serve(@Req() request: Request, @Res() response: Response, @Next() next: NextFunction): void {
    if (!this.router) throw notFound('QUEUE_BOARD', QUEUE_BOARD_PATH, '队列面板');
    // Redis away: the board can show nothing; answer at once instead of letting each of its calls fail.
    if (!this.queues.ready) throw queueUnavailable();
    // The board's router expects paths relative to where it is mounted.
    request.url = request.originalUrl.slice(QUEUE_BOARD_PATH.length) || '/';
    request.baseUrl = QUEUE_BOARD_PATH;
    this.router(request, response, next);
  }
}
