package app.avenant.consultation;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The stored form of a provider's security answers: {"INSTRUCTIONS": {"level": "YES", "comment": "…"}, …}. */
final class AnswersJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private AnswersJson() {}

    static String write(Map<SecurityQuestion, SecurityAnswer> answers) {
        Map<String, Map<String, String>> plain = new LinkedHashMap<>();
        answers.forEach((question, answer) ->
                plain.put(question.name(), Map.of("level", answer.level().name(), "comment", answer.comment())));
        return MAPPER.writeValueAsString(plain);
    }

    static Map<SecurityQuestion, SecurityAnswer> read(String json) {
        Map<String, Map<String, String>> plain = MAPPER.readValue(json, new TypeReference<>() {});
        Map<SecurityQuestion, SecurityAnswer> answers = new EnumMap<>(SecurityQuestion.class);
        plain.forEach((question, answer) -> answers.put(
                SecurityQuestion.valueOf(question),
                new SecurityAnswer(SecurityAnswer.Level.valueOf(answer.get("level")), answer.get("comment"))));
        return answers;
    }
}
