package org.cyberpolicy.quiz.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;

import org.cyberpolicy.quiz.bank.Bank;
import org.cyberpolicy.quiz.bank.BankConfig;
import org.cyberpolicy.quiz.bank.Question;
import org.cyberpolicy.quiz.bank.load.BankLoader;
import org.cyberpolicy.quiz.bank.load.LoadResult;
import org.cyberpolicy.quiz.bank.yaml.YamlLimits;
import org.cyberpolicy.quiz.engine.Mark;
import org.cyberpolicy.quiz.engine.PresentedQuestion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every question of the shipped bank can be answered right: its key earns full marks and survives storage. */
class ShippedBankKeysTest {

    private static Bank bank;

    private final ResponseCodec codec = new ResponseCodec();

    @BeforeAll
    static void load() {
        LoadResult result = new BankLoader(BankConfig.DEFAULT_MAX_FILE_BYTES, YamlLimits.DEFAULT)
                .load(Path.of("questions"));
        bank = assertInstanceOf(LoadResult.Loaded.class, result).bank();
    }

    @Test
    void theKeyOfEveryQuestionEarnsFullMarksInAShuffledLayout() {
        for (Question question : bank.questions().values()) {
            PresentedQuestion presented = TestQuestions.reversed(question);

            Mark mark = QuestionKinds.grade(presented, Optional.of(QuestionKinds.key(presented)));

            assertTrue(mark.correct(), question.id() + " scored " + mark);
        }
    }

    @Test
    void theKeyOfEveryQuestionIsAResponseTheCodecAccepts() {
        for (Question question : bank.questions().values()) {
            PresentedQuestion presented = TestQuestions.reversed(question);
            Response key = QuestionKinds.key(presented);

            assertEquals(key, codec.fromStorage(presented, codec.toStorage(key)), question.id());
        }
    }
}
