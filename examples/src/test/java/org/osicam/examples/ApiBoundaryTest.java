package org.osicam.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The API boundary of the published library modules (STYLE.md): Guava, Commons Math, Commons
 * Text/Codec, libphonenumber and Jackson types never appear in a public signature, and core never
 * depends on scoring or metrics.
 */
class ApiBoundaryTest {
  private static final List<String> FOREIGN =
      List.of(
          "com.google.common.",
          "com.fasterxml.jackson.",
          "org.apache.commons.",
          "com.google.i18n.phonenumbers.");

  private static final JavaClasses LIBRARY =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(
              "org.osicam.core",
              "org.osicam.scoring",
              "org.osicam.metrics",
              "org.osicam.testing",
              "org.osicam.loop");

  @Test
  void publicSignaturesExposeNoThirdPartyTypes() {
    EvaluationResult result =
        classes()
            .that()
            .arePublic()
            .and()
            .resideOutsideOfPackage("..internal..")
            .should(exposeNoForeignTypes())
            .evaluate(LIBRARY);
    assertNoViolation(result);
  }

  @Test
  void coreDependsOnNeitherScoringNorMetrics() {
    EvaluationResult result =
        noClasses()
            .that()
            .resideInAPackage("org.osicam.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.osicam.scoring..", "org.osicam.metrics..")
            .evaluate(LIBRARY);
    assertNoViolation(result);
  }

  private static void assertNoViolation(EvaluationResult result) {
    assertThat(result.hasViolation())
        .as(() -> String.join("\n", result.getFailureReport().getDetails()))
        .isFalse();
  }

  private static ArchCondition<JavaClass> exposeNoForeignTypes() {
    return new ArchCondition<>("expose no third-party types in public signatures") {
      @Override
      public void check(JavaClass cls, ConditionEvents events) {
        List<String> problems = new ArrayList<>();
        for (JavaCodeUnit unit : cls.getCodeUnits()) {
          if (!isApi(unit.getModifiers())) {
            continue;
          }
          List<JavaClass> types = new ArrayList<>(unit.getRawParameterTypes());
          types.add(unit.getRawReturnType());
          types.addAll(unit.getThrowsClause().getTypes());
          for (JavaClass t : types) {
            if (isForeign(t)) {
              problems.add(unit.getFullName() + " uses " + t.getName());
            }
          }
        }
        for (JavaField f : cls.getFields()) {
          if (isApi(f.getModifiers()) && isForeign(f.getRawType())) {
            problems.add(f.getFullName() + " is a " + f.getRawType().getName());
          }
        }
        for (JavaClass sup : cls.getAllRawSuperclasses()) {
          if (isForeign(sup)) {
            problems.add(cls.getName() + " extends " + sup.getName());
          }
        }
        for (String p : problems) {
          events.add(SimpleConditionEvent.violated(cls, p));
        }
      }
    };
  }

  private static boolean isApi(Set<JavaModifier> modifiers) {
    return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
  }

  private static boolean isForeign(JavaClass type) {
    JavaClass base = type.isArray() ? type.getBaseComponentType() : type;
    String name = base.getName();
    return FOREIGN.stream().anyMatch(name::startsWith);
  }
}
