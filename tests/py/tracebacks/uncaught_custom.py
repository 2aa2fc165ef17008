# A user-defined exception class: in __main__ the traceback names it without a module prefix.
class ValidationError(Exception):
    def __init__(self, field):
        super().__init__('invalid field: ' + field)
        self.field = field

def validate(record):
    for key in ('name', 'age'):
        if key not in record:
            raise ValidationError(key)

validate({'name': 'x', 'age': 3})
print('first record ok')
validate({'name': 'y'})
