import { TargetChangeHooks } from '@jixiao/targets';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { FlagRecomputeService } from './flag-recompute.service';

/**
 * Keeps the flags in step with the targets: a budget edit, a unit move or an import recomputes the
 * affected projects and departments inside the same transaction. The hooks are looked up at init, not
 * injected: this file can load while @jixiao/targets is still loading (through the platform's entity list).
 */
@Injectable()
export class TargetFlagsBridge implements OnModuleInit {
  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly recompute: FlagRecomputeService,
  ) {}

  onModuleInit(): void {
    this.moduleRef.get(TargetChangeHooks, { strict: false }).onChange(async (manager, change) => {
      await this.recompute.recomputeTargets(manager, change);
    });
  }
}
