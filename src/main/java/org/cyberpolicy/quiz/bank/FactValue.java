package org.cyberpolicy.quiz.bank;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The typed value of a fact, from which numeric, date and short-answer questions can take their answers.
 */
public sealed interface FactValue {

    /** The value as students would write it. */
    String display();

    /** This value read as a date; a whole number is a year. */
    default Optional<PartialDate> asDate() {
        return Optional.empty();
    }

    default Optional<BigDecimal> asNumber() {
        return Optional.empty();
    }

    record NumberValue(BigDecimal number) implements FactValue {

        @Override
        public String display() {
            return number.stripTrailingZeros().toPlainString();
        }

        @Override
        public Optional<BigDecimal> asNumber() {
            return Optional.of(number);
        }

        @Override
        public Optional<PartialDate> asDate() {
            boolean plausibleYear = number.signum() > 0 && number.stripTrailingZeros().scale() <= 0
                    && number.compareTo(BigDecimal.valueOf(9999)) <= 0;
            return plausibleYear ? Optional.of(PartialDate.ofYear(number.intValueExact())) : Optional.empty();
        }
    }

    record DateValue(PartialDate date) implements FactValue {

        @Override
        public String display() {
            return date.toString();
        }

        @Override
        public Optional<PartialDate> asDate() {
            return Optional.of(date);
        }
    }

    record TextValue(String text) implements FactValue {

        @Override
        public String display() {
            return text;
        }
    }

    record TextListValue(List<String> texts) implements FactValue {

        public TextListValue {
            texts = List.copyOf(texts);
        }

        @Override
        public String display() {
            return String.join(", ", texts);
        }
    }
}
