SIBLING_VALUE = 'sibling value'
