// A tiny std::expected stand-in for the text layer (C++20 has none).
//
// Text functions report bad input the way Python would, as a (type, message)
// pair such as ("ValueError", "invalid literal for int() with base 10: 'x'"),
// and never throw: the VM turns a TextError into the Python exception of that
// name.  Usage:
//
//     Result<int> parse_digit(char c) {
//         if (c < '0' || c > '9') return fail("ValueError", "not a digit");
//         return c - '0';
//     }
//     auto r = parse_digit(c);
//     if (!r) report(r.error().type, r.error().message);
//     else use(*r);
#pragma once

#include <string>
#include <type_traits>
#include <utility>
#include <variant>

namespace klass::text {

// A Python exception to be raised by the caller: `type` is the exception
// class name ("ValueError", "OverflowError", "ZeroDivisionError", ...).
struct TextError {
    std::string type;
    std::string message;
    bool operator==(const TextError&) const = default;
};

// The error side of a Result, kept in its own type so that a Result<T> can be
// built from it even when T itself is constructible from a string.
struct [[nodiscard]] Failure {
    TextError error;
};

inline Failure fail(std::string type, std::string message) {
    return Failure{TextError{std::move(type), std::move(message)}};
}

// Either a T or a TextError.  Reading value() of a failed Result is a bug in
// the caller (check ok() first), not bad input.
template <class T>
class [[nodiscard]] Result {
public:
    Result(const T& value) : state_(std::in_place_index<0>, value) {}
    Result(T&& value) : state_(std::in_place_index<0>, std::move(value)) {}
    // Anything T can be built from (an int64 for a variant T, a string
    // literal for std::string).
    template <class U>
        requires(std::is_constructible_v<T, U &&> && !std::is_same_v<std::remove_cvref_t<U>, T> &&
                 !std::is_same_v<std::remove_cvref_t<U>, Result> && !std::is_same_v<std::remove_cvref_t<U>, Failure>)
    Result(U&& value) : state_(std::in_place_index<0>, std::forward<U>(value)) {}
    Result(Failure failure) : state_(std::in_place_index<1>, std::move(failure.error)) {}

    bool ok() const { return state_.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(state_); }
    const T& value() const& { return std::get<0>(state_); }
    T&& value() && { return std::get<0>(std::move(state_)); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T&& operator*() && { return std::move(*this).value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    const TextError& error() const { return std::get<1>(state_); }
    // Pass the error of this Result on as the result of another function.
    Failure failure() const { return Failure{error()}; }

private:
    std::variant<T, TextError> state_;
};

// Success carries no value: only the error matters.
template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Failure failure) : error_(std::move(failure.error)), failed_(true) {}

    bool ok() const { return !failed_; }
    explicit operator bool() const { return ok(); }
    const TextError& error() const { return error_; }
    Failure failure() const { return Failure{error_}; }

private:
    TextError error_;
    bool failed_ = false;
};

}  // namespace klass::text
