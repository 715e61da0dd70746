module {
  func.func @main(%arg0: !torch.vtensor<[1,2,2,2],f32>) -> !torch.vtensor<[1,2,1,1],f32> attributes {torch.assume_strict_symbolic_shapes} {
    %int4 = torch.constant.int 4
    %int4_0 = torch.constant.int 4
    %0 = torch.prim.ListConstruct %int4, %int4_0 : (!torch.int, !torch.int) -> !torch.list<int>
    %1 = torch.prim.ListConstruct  : () -> !torch.list<int>
    %int0 = torch.constant.int 0
    %int0_1 = torch.constant.int 0
    %2 = torch.prim.ListConstruct %int0, %int0_1 : (!torch.int, !torch.int) -> !torch.list<int>
    %true = torch.constant.bool true
    %true_2 = torch.constant.bool true
    %none = torch.constant.none
    %3 = torch.aten.avg_pool2d %arg0, %0, %1, %2, %true, %true_2, %none : !torch.vtensor<[1,2,2,2],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.bool, !torch.none -> !torch.vtensor<[1,2,1,1],f32>
    return %3 : !torch.vtensor<[1,2,1,1],f32>
  }
}
