try:
    risky()
except ValueError:
    pass
except (TypeError, KeyError) as e:
    handle(e)
except:
    raise
else:
    ok()
finally:
    cleanup()

try:
    pass
finally:
    pass

try:
    pass
except* ValueError as eg:
    pass
except* (TypeError, OSError):
    pass

raise
raise ValueError("bad")
raise ValueError from err
raise ValueError() from None
