package org.osicam.metrics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Commons Math stays behind {@code org.osicam.metrics.internal}, so it never leaks into the API.
 */
class ApiBoundaryTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.osicam.metrics");

  @Test
  void onlyTheInternalPackageUsesCommonsMath() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.osicam.metrics.internal..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.commons..", "com.google.common..", "com.fasterxml..")
        .check(CLASSES);
  }

  @Test
  void metricsDoNotDependOnOtherOsicamModulesThanCore() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.osicam.scoring..", "org.osicam.cli..")
        .check(CLASSES);
  }
}
