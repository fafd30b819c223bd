package org.cyberpolicy.quiz.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The same request sent many times at once, each from a thread of its own. */
public final class AtOnce {

    private AtOnce() {
    }

    /** Sends {@code requests} copies of the request at once; what each answered, in no particular order. */
    public static <T> List<T> send(int requests, Callable<T> request) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(requests);
        try {
            List<Future<T>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                answers.add(threads.submit(request));
            }
            List<T> answered = new ArrayList<>();
            for (Future<T> answer : answers) {
                answered.add(answer.get());
            }
            return answered;
        } finally {
            threads.shutdownNow();
        }
    }
}
