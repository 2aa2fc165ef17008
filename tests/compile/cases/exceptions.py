def f():
    for item in items:
        try:
            work(item)
        except (KeyError, ValueError) as e:
            log(e)
            continue
        except Exception:
            raise
        else:
            ok()
        finally:
            cleanup()
    try:
        return compute()
    finally:
        release()

try:
    raise ValueError("x") from None
except* TypeError as eg:
    handle(eg)
