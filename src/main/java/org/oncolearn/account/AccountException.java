package org.oncolearn.account;

/** A request about an account that cannot be carried out; the message says why, in words for the educator. */
public class AccountException extends RuntimeException {

    public AccountException(String message) {
        super(message);
    }
}
