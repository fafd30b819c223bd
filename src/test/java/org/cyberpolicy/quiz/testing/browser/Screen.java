package org.cyberpolicy.quiz.testing.browser;

import com.microsoft.playwright.Browser;

/** How a journey's browser looks: the size of its window, whether it runs JavaScript, whether it is a phone. */
public enum Screen {
    DESKTOP(1280, 900, true, false),
    DESKTOP_WITHOUT_JAVASCRIPT(1280, 900, false, false),
    /** A 390 × 844 phone (an iPhone 12 to 15's CSS size), with touch. */
    PHONE(390, 844, true, true);

    private final int width;
    private final int height;
    private final boolean javaScript;
    private final boolean phone;

    Screen(int width, int height, boolean javaScript, boolean phone) {
        this.width = width;
        this.height = height;
        this.javaScript = javaScript;
        this.phone = phone;
    }

    public boolean javaScript() {
        return javaScript;
    }

    public boolean phone() {
        return phone;
    }

    Browser.NewContextOptions contextOptions(String baseUrl) {
        return new Browser.NewContextOptions().setBaseURL(baseUrl).setViewportSize(width, height)
                .setJavaScriptEnabled(javaScript).setIsMobile(phone).setHasTouch(phone).setDeviceScaleFactor(1)
                .setLocale("en-US").setTimezoneId("UTC");
    }
}
