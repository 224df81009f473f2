package cat.xarxa.jdbc;

import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** Runs the tests marked {@link RequiresDatabase} only if their environment variable is set. */
final class RequiresDatabaseCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<RequiresDatabase> required = context.getElement()
                .flatMap(element -> AnnotationSupport.findAnnotation(element, RequiresDatabase.class));
        if (required.isEmpty()) {
            return ConditionEvaluationResult.enabled("no database server needed");
        }
        RequiresDatabase database = required.get();
        return urlIn(database.variable())
                .map(url -> ConditionEvaluationResult.enabled(database.database() + " at " + JdbcUrls.withoutPassword(url)))
                .orElseGet(() -> ConditionEvaluationResult.disabled(database.database() + " contract tests skipped: set "
                        + database.variable() + "=" + database.example() + " to run them"));
    }

    /** The URL an environment variable gives, if it is set and not blank. */
    static Optional<String> urlIn(String variable) {
        return Optional.ofNullable(System.getenv(variable)).map(String::trim).filter(url -> !url.isEmpty());
    }
}
