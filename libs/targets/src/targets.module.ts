import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TargetChangeHooks } from './common/target-change-hooks';
import { DepartmentTargetController } from './department-targets/department-target.controller';
import { DepartmentTargetService } from './department-targets/department-target.service';
import { DepartmentController } from './departments/department.controller';
import { DepartmentService } from './departments/department.service';
import { BudgetUnit, Department, Indicator, Project } from './entities';
import { ImportController } from './imports/import.controller';
import { TargetImportWriter } from './imports/import-writer';
import { TargetImportService } from './imports/target-import.service';
import { IndicatorController } from './indicators/indicator.controller';
import { IndicatorService } from './indicators/indicator.service';
import { ProjectController } from './projects/project.controller';
import { ProjectExportService } from './projects/project-export.service';
import { ProjectService } from './projects/project.service';
import { StatedTotalsController } from './stated-totals/stated-totals.controller';
import { StatedTotalsService } from './stated-totals/stated-totals.service';
import { UnitController } from './units/unit.controller';
import { UnitService } from './units/unit.service';

/** Performance targets (绩效目标): departments, units, projects, indicators, imports and export. */
@Module({
  imports: [TypeOrmModule.forFeature([Department, BudgetUnit, Project, Indicator])],
  controllers: [
    ImportController,
    DepartmentController,
    UnitController,
    ProjectController,
    IndicatorController,
    DepartmentTargetController,
    StatedTotalsController,
  ],
  providers: [
    TargetChangeHooks,
    TargetImportService,
    TargetImportWriter,
    DepartmentService,
    UnitService,
    ProjectService,
    ProjectExportService,
    IndicatorService,
    DepartmentTargetService,
    StatedTotalsService,
  ],
  exports: [TargetImportService, ProjectExportService, ProjectService, TargetChangeHooks],
})
export class TargetsModule {}
